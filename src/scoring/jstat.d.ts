/** The few jStat functions we call: jstat ships no type declarations. */
declare module 'jstat' {
  interface JStat {
    studentt: { cdf(x: number, dof: number): number };
    erfc(x: number): number;
  }
  const jStat: JStat;
  export default jStat;
}
