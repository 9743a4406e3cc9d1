import streams from './streams';

export default { streams };
