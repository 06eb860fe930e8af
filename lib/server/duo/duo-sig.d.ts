// Types of the signing module of Duo's official Node client (@duosecurity/duo_api 1.5.0, lib/duo_sig.js).
declare module '@duosecurity/duo_api/lib/duo_sig.js' {
  type Params = Record<string, string | string[]>;
  const duoSig: {
    sign(ikey: string, skey: string, method: string, host: string, path: string, params: Params, date: string): string;
    signV5(ikey: string, skey: string, method: string, host: string, path: string, params: Params, date: string, body: string): string;
    _canonParams(params: Params): string;
    _canonicalize(method: string, host: string, path: string, params: Params, date: string): string;
  };
  export default duoSig;
}
