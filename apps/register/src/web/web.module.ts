import { Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../event-store/register-data-source';
import { WorkbookModule } from '../workbook/workbook.module';
import { WriteSideModule } from '../write-side/write-side.module';
import { WebAccountStore } from './accounts/web-account.store';
import { AssetsController } from './assets/assets.controller';
import { AuthorityPageController } from './authority/authority-page.controller';
import { CompetenceCheck } from './authority/competence-check';
import { CompetenceStatementPdf } from './authority/competence-statement.pdf';
import { DocumentPageController } from './documents/document-page.controller';
import { DocumentPageReader } from './documents/document-page.reader';
import { HomeController } from './home/home.controller';
import { ImportPageController } from './import/import-page.controller';
import { ImportUploadStore } from './import/import-upload.store';
import { MandatePageController } from './mandates/mandate-page.controller';
import { MandatePageReader } from './mandates/mandate-page.reader';
import { PageExceptionFilter } from './layout/page-exception.filter';
import { PublicRegisterController } from './public-register/public-register.controller';
import { RegisterPageController } from './registers/register-page.controller';
import { RegisterPdf } from './registers/register.pdf';
import { PageSessionGuard } from './session/page-session.guard';
import { WebSessionStore } from './session/web-session.store';
import { PageRenderer } from './shared/page-renderer';
import { LocalSignIn } from './sign-in/local-sign-in';
import { LoginThrottle } from './sign-in/login-throttle';
import { OidcSignIn } from './sign-in/oidc-sign-in';
import { OidcSignInController } from './sign-in/oidc-sign-in.controller';
import { SignInController } from './sign-in/sign-in.controller';

const onDataSource = <T>(type: new (dataSource: DataSource) => T) => ({
  provide: type,
  inject: [REGISTER_DATA_SOURCE],
  useFactory: (dataSource: DataSource) => new type(dataSource),
});

/**
 * The pages (ui.md): a second way in beside the API, in the same service.
 * Page controllers send the same queries through the same QueryBus as the API
 * controllers; sign-in, sessions and accounts are this module's own tables.
 */
@Module({
  imports: [WriteSideModule, WorkbookModule],
  controllers: [AssetsController, SignInController, OidcSignInController, HomeController, AuthorityPageController, MandatePageController, RegisterPageController, DocumentPageController, PublicRegisterController, ImportPageController],
  providers: [
    PageRenderer,
    PageSessionGuard,
    PageExceptionFilter,
    LocalSignIn,
    OidcSignIn,
    CompetenceCheck,
    CompetenceStatementPdf,
    MandatePageReader,
    RegisterPdf,
    DocumentPageReader,
    onDataSource(WebSessionStore),
    onDataSource(WebAccountStore),
    onDataSource(LoginThrottle),
    onDataSource(ImportUploadStore),
  ],
})
export class WebModule {}
