// Entry point of `ml-design-review-language-server` (--stdio, --node-ipc or --socket, as LSP clients pass them).
import { startServer } from './server.js';

if (process.argv.includes('--version')) {
  process.stdout.write('ml-design-review-language-server\n');
} else {
  startServer();
}
