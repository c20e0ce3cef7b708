import { readFileSync } from "node:fs";
import path from "node:path";
import { root } from "./servers";

// `npm start`'s node arguments, as package.json has them: V8 flags, the source-map hook and
// the compiled start script.
export function startArguments(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const words = (pkg.scripts.start ?? "").trim().split(/\s+/);
  return words.slice(words.indexOf("node") + 1);
}

// The V8 flags alone (those of the form --name or --name=value, not --import and its
// module), for a server started some other way (through tsx, under a profiler) that should
// run the heap as production does.
export function startV8Flags(): string[] {
  const words = startArguments();
  return words.filter(
    (word, i) => word.startsWith("--") && word !== "--import" && words[i - 1] !== "--import",
  );
}
