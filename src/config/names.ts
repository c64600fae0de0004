/** The names of hvlint's config file, searched from the working directory upwards. */
export const CONFIG_NAMES = ['.hvlint.yml', '.hvlint.yaml'];
