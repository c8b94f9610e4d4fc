// The part of jest's globals a generated worker.spec.ts uses, so it type-checks here without
// installing jest (a generated project gets the real ones from @types/jest).
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => Promise<void> | void): void;
declare function expect(actual: unknown): { toEqual(expected: unknown): void; toBe(expected: unknown): void };
