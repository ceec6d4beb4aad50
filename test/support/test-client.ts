import type { FastifyInstance, InjectOptions } from 'fastify';
import { BASE_URL } from './test-app.ts';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
  text: string;
}

/** A browser-like client: keeps cookies, sends our Origin (as the web app does). */
export class TestClient {
  readonly cookies = new Map<string, string>();
  private readonly app: FastifyInstance;
  private readonly options: { origin?: string | null };

  constructor(app: FastifyInstance, options: { origin?: string | null } = {}) {
    this.app = app;
    this.options = options;
  }

  async request<T = any>(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    const origin = this.options.origin === undefined ? BASE_URL : this.options.origin;
    if (origin) headers.origin = origin;
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.maxAge !== undefined && cookie.maxAge <= 0)) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    let body: unknown = null;
    try {
      body = response.body ? JSON.parse(response.body) : null;
    } catch {
      body = response.body;
    }
    return { status: response.statusCode, body: body as T, headers: response.headers, text: response.body };
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, payload: unknown = {}, headers: Record<string, string> = {}) {
    return this.request<T>('POST', url, payload, headers);
  }
  patch<T = any>(url: string, payload: unknown = {}) {
    return this.request<T>('PATCH', url, payload);
  }
  put<T = any>(url: string, payload: unknown = {}) {
    return this.request<T>('PUT', url, payload);
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }
}
