import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { describeParameters } from './route-parameters';
import { describeValidation } from './validation-schema';

/**
 * The OpenAPI document of the app's routes, with what the validators enforce written
 * in: the document generated clients and contract tests trust.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('科技社团党建工作任务跟踪 API')
      .setDescription(
        'Event-sourced task tracking for the party committees of science and technology societies',
      )
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('pb_session', { type: 'apiKey', in: 'cookie', name: 'pb_session' }, 'session')
      .build(),
  );
  describeValidation(document, describeParameters(app, document));
  return document;
}
