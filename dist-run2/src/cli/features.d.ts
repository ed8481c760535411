import type { Command } from 'commander';
export declare function registerFeaturesCommand(program: Command): void;
