/** The names of the societies by id, from the society list (the office and auditors read it). */
import { getAll } from '../../api';

export async function societyNames(): Promise<Map<string, string>> {
  const societies = await getAll<{ id: string; name: string }>('/societies?limit=500');
  return new Map(societies.map((society) => [society.id, society.name]));
}
