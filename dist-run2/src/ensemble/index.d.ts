/** The second level: an RBF SVM (LIBSVM) and the out-of-fold stacking ensemble built on it. */
export * from './svm.js';
export * from './stacking.js';
export * from './functionals-svm.js';
