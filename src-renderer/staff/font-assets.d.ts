/** Vite's `?inline` imports of font files: a data: URL. */
declare module '*.woff?inline' {
  const dataUrl: string;
  export default dataUrl;
}
