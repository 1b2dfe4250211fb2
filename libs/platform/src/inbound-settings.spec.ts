import { ConfigError, loadConfig } from './config';

const distributed = {
  MONGODB_URI: 'mongodb://127.0.0.1:27017/',
  KAFKA_BROKERS: '127.0.0.1:9092',
  AUTH_JWT_SECRET: 'a-secret-of-at-least-thirty-two-bytes!!',
};

describe('inbound society-register settings', () => {
  it('runs the consumer in distributed mode by default, on the contract topics', () => {
    expect(loadConfig(distributed).inboundSocietyRegister).toEqual({
      topic: 'party-building.society-register.v1',
      dlqTopic: 'party-building.society-register.dlq.v1',
      group: 'party-building.inbound.society-register',
    });
  });

  it('takes other topic and group names, and turns off', () => {
    expect(
      loadConfig({
        ...distributed,
        KAFKA_INBOUND_TOPIC: 'a.in',
        KAFKA_INBOUND_DLQ_TOPIC: 'a.dlq',
        INBOUND_GROUP: 'a.group',
      }).inboundSocietyRegister,
    ).toEqual({ topic: 'a.in', dlqTopic: 'a.dlq', group: 'a.group' });
    expect(
      loadConfig({ ...distributed, INBOUND_SOCIETY_REGISTER: 'off' }).inboundSocietyRegister,
    ).toBeNull();
  });

  it('never runs in embedded mode, and refuses to be turned on there', () => {
    expect(loadConfig({}).inboundSocietyRegister).toBeNull();
    expect(() => loadConfig({ INBOUND_SOCIETY_REGISTER: 'on' })).toThrow(/needs distributed mode/);
  });

  it('stops the boot on a value other than on or off', () => {
    expect(() => loadConfig({ ...distributed, INBOUND_SOCIETY_REGISTER: 'yes' })).toThrow(
      ConfigError,
    );
  });
});
