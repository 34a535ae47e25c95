// The console's settings screens.

export const en = {
};

export const tr: Record<keyof typeof en, string> = {
};

export const de: Record<keyof typeof en, string> = {
};
