// Which worker an app runs in: by default one runtime for every app of the page (one
// Pyodide, one boot, one copy of the interpreter in memory); an `isolated` app gets its
// own, for code that may block (a `while True` there holds up no other app).

import { RuntimeConnection } from "./runtime-connection";

const shared = new Map<string, RuntimeConnection>();

export function runtimeFor(runtimeUrl: string, isolated: boolean): RuntimeConnection {
  if (isolated) return new RuntimeConnection(runtimeUrl);
  let connection = shared.get(runtimeUrl);
  if (!connection) {
    connection = new RuntimeConnection(runtimeUrl);
    shared.set(runtimeUrl, connection);
  }
  return connection;
}

// An app left its runtime: an isolated runtime ends with it; the shared one stays warm
// for apps still to come.
export function release(connection: RuntimeConnection, appId: string): void {
  connection.stopApp(appId);
  if (![...shared.values()].includes(connection) && connection.appCount === 0) connection.terminate();
}
