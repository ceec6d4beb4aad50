import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { OutboxMail } from './types.ts';

/** Mail tied to no organization (password resets, address checks), for instance admins. */
export const listInstanceOutbox = () => api<OutboxMail[]>('/api/instance/outbox');

export const useInstanceOutbox = () => useQuery({ queryKey: ['instance', 'outbox'], queryFn: listInstanceOutbox });
