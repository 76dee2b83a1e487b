// The projected map's URL: a JSON file made at build time by scripts/vite-plugin-map-geometry.ts (see geometry.ts).
declare module 'virtual:summit-map-geometry' {
  const url: string;
  export default url;
}
