// Entry point of the language server in a browser web worker (VS Code for the Web): LSP over the worker's messages.
import { createConnection, ProposedFeatures, BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageserver/browser.js';
import { startServer } from './server.js';
import { ClientHost } from './web-host.js';

/** The worker's global scope (a DedicatedWorkerGlobalScope; the project's types are Node's): it receives and posts the client's messages. */
const scope = globalThis as never;
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, new ClientHost(connection));
