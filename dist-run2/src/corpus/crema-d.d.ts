import type { CorpusFile, Gender, ParseResult } from './types.js';
export declare const CREMA_D_SENTENCES: Readonly<Record<string, string>>;
/** The file CREMA-D ships with each actor's age, sex, race and ethnicity. */
export declare const CREMA_D_DEMOGRAPHICS_FILE = "VideoDemographics.csv";
/**
 * Parse a CREMA-D file name. `genders` maps actor number → gender (from VideoDemographics.csv); an actor missing from
 * it, or no map at all, gives 'unknown'.
 */
export declare function parseCremaD(file: CorpusFile, genders?: ReadonlyMap<number, Gender>): ParseResult<'crema-d'>;
/**
 * Read VideoDemographics.csv (`"ActorID","Age","Sex","Race","Ethnicity"`) into actor → gender. Throws a plain Error
 * naming the problem when the header lacks ActorID or Sex; rows with other sexes or bad ids are left out.
 */
export declare function parseCremaDDemographics(text: string): Map<number, Gender>;
