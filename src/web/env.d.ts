// Stylesheets are bundled by Vite; TypeScript only needs to know what the imports give.
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
declare module '*.css';
