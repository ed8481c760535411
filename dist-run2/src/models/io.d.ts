import * as tfl from '@tensorflow/tfjs-layers';
export declare function saveLayersModel(model: tfl.LayersModel, dir: string): Promise<void>;
export declare function loadLayersModel(dir: string): Promise<tfl.LayersModel>;
