import visibility from './visibility';

export default { visibility };
