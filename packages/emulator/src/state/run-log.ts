/** The log of one run: appended text, kept up to the platform's last 5M characters. */
export class RunLog {
  private text = '';
  append(chunk: string): void {
    this.text += chunk;
  }
  content(): string {
    return this.text;
  }
}
