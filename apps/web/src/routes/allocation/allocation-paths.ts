/** The allocation screens' addresses (the module's routes are registered untyped, see router.tsx). */
export const allocationPaths = {
  home: '/fordelning' as never,
  year: (year: number | string) => `/fordelning/${year}` as never,
  newSimulation: (year: number | string) => `/fordelning/${year}/simulera` as never,
  simulation: (id: string) => `/fordelning/simuleringar/${id}` as never,
};
