// What differs between hosts, behind one small interface. The desktop app supplies the
// Electron versions; serve and the CLI use the defaults (the browser opens links and
// downloads files itself).
export interface Platform {
  openExternal(url: string): Promise<boolean>;
  /** Asks the user where to save and writes the file; null when cancelled or not possible. */
  saveFile(defaultName: string, body: string | Uint8Array): Promise<string | null | undefined>;
}

export const headlessPlatform: Platform = {
  openExternal: async () => false,
  saveFile: async () => undefined,
};
