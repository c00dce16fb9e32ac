// Entry point of `ml-design-review-language-server` (--stdio, --node-ipc or --socket, as LSP clients pass them).
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  IPCMessageReader,
  IPCMessageWriter,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node.js';
import { startServer } from './server.js';
import { NodeHost } from './node-host.js';

/**
 * A reader that gives up on a broken stream: a message whose Content-Length promises more bytes than ever
 * arrive (or a header that cannot be parsed) would otherwise leave the server waiting forever, answering
 * nothing. It says so on stderr and exits, so the client (VS Code, Neovim) restarts a clean server.
 */
function guard(reader: MessageReader): MessageReader {
  reader.onPartialMessage((info) => {
    process.stderr.write(
      `ml-design-review-language-server: message ${info.messageToken} is incomplete (its Content-Length promised more bytes; still waiting after ${info.waitingTime} ms); the stream is broken, exiting so the client can restart the server\n`,
    );
    process.exit(1);
  });
  reader.onError((e) => {
    process.stderr.write(`ml-design-review-language-server: cannot read the message stream (${e.message}); exiting so the client can restart the server\n`);
    process.exit(1);
  });
  return reader;
}

if (process.argv.includes('--version')) {
  process.stdout.write('ml-design-review-language-server\n');
} else if (process.argv.includes('--stdio')) {
  const reader = new StreamMessageReader(process.stdin);
  reader.partialMessageTimeout = 5000;
  const writer: MessageWriter = new StreamMessageWriter(process.stdout);
  startServer(createConnection(ProposedFeatures.all, guard(reader), writer), new NodeHost());
} else if (process.argv.includes('--node-ipc')) {
  startServer(createConnection(ProposedFeatures.all, guard(new IPCMessageReader(process)), new IPCMessageWriter(process)), new NodeHost());
} else {
  startServer(createConnection(ProposedFeatures.all), new NodeHost());
}
