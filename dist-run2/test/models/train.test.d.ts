import '@tensorflow/tfjs-layers';
