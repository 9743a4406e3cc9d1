// A bare Node HTTP server answering with fixed HTML bodies: the ceiling the site's cache is compared with.
//   node bare-server.mjs <port> <path=file> ...
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [port, ...routes] = process.argv.slice(2);
const pages = new Map(routes.map((route) => route.split('=')).map(([path, file]) => [path, readFileSync(file)]));
http
  .createServer((request, response) => {
    const body = pages.get(request.url);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html;charset=utf-8', 'content-length': body.length });
    response.end(body);
  })
  .listen(Number(port), '127.0.0.1');
