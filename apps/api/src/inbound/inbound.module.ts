import { Module } from '@nestjs/common';
import { SocietyClaims } from '../societies/society-claims';
import { SocietyRegisterApplier } from './society-register.applier';
import { SocietyRegisterConsumer } from './society-register.consumer';

/**
 * Messages other federation systems send: the society-register topic. It runs only in
 * distributed mode (the embedded mode has no Kafka) and when INBOUND_SOCIETY_REGISTER
 * is not off.
 */
@Module({ providers: [SocietyClaims, SocietyRegisterApplier, SocietyRegisterConsumer] })
export class InboundModule {}
