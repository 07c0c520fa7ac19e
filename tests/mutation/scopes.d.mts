export interface MutationScope {
  mutate: string[];
  tests: string[];
}
export declare const mutationScopes: Record<'figures' | 'exchange' | 'backup', MutationScope>;
export declare function selectedScope(): MutationScope;
