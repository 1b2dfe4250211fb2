import type { SocietyEvent, SocietyRegistered } from './society.events';

export const societyId = '6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10';

export const registered: SocietyRegistered = {
  type: 'SocietyRegistered',
  data: {
    societyId,
    name: '天津市机械工程学会',
    kind: 'society',
    creditCode: null,
    shortName: null,
  },
};

export const deregistered: SocietyEvent = {
  type: 'SocietyDeregistered',
  data: { societyId, reason: '注销登记' },
};
