/** Database timestamps (Date from pg and PGlite, or a string) → ISO 8601 with offset. */
export function iso(value: unknown): string {
  return new Date(value as string | number | Date).toISOString();
}
