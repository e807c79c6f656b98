// How a template lands on a slot is shared with the server's walk checks, so it lives in model/.
export { boothFrame, stretchBox, type BoothFrame } from '../../model';
