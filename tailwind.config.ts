// Tailwind CSS 4 reads its theme from app/globals.css (@theme); this file only names
// the sources for editors and tools that still look for a config file.
const config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
};

export default config;
