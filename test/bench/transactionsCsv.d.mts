export function transactionsCsv(rows?: number, customers?: number): string;
