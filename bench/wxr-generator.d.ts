export function writeWxr(file: string, options?: { posts?: number; authors?: number; bodyBytes?: number; truncateAt?: number }): Promise<number>;
export function loginOf(n: number): string;
