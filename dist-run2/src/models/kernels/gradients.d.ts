export declare function registerGradients(): void;
export declare function restoreGradients(): void;
