import { Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../event-store/register-data-source';
import { WorkbookModule } from '../workbook/workbook.module';
import { WriteSideModule } from '../write-side/write-side.module';
import { WebAccountStore } from './accounts/web-account.store';
import { AssetsController } from './assets/assets.controller';
import { AuditPageController } from './audit/audit-page.controller';
import { AuditPageReader } from './audit/audit-page.reader';
import { AuthorityPageController } from './authority/authority-page.controller';
import { CompetenceCheck } from './authority/competence-check';
import { CompetenceSuggestions } from './authority/competence-suggestions';
import { CompetenceStatementPdf } from './authority/competence-statement.pdf';
import { DocumentListPageController } from './documents/document-list-page.controller';
import { DocumentPageController } from './documents/document-page.controller';
import { DocumentPageReader } from './documents/document-page.reader';
import { HomeController } from './home/home.controller';
import { ImportPageController } from './import/import-page.controller';
import { ImportUploadStore } from './import/import-upload.store';
import { MandatePageController } from './mandates/mandate-page.controller';
import { MandatePageReader } from './mandates/mandate-page.reader';
import { NotFoundPage } from './layout/not-found-page';
import { PageExceptionFilter } from './layout/page-exception.filter';
import { UNMATCHED_PAGE } from '../http/routing/unmatched-page';
import { FormWrites } from './forms/form-writes';
import { MandateActionsController } from './mandate-forms/mandate-actions.controller';
import { MandateFormOptions } from './mandate-forms/mandate-form-options';
import { NewMandateController } from './mandate-forms/new-mandate.controller';
import { PublicationFormsController } from './publications/publication-forms.controller';
import { PublicationsPageController } from './publications/publications-page.controller';
import { PublicRegisterController } from './public-register/public-register.controller';
import { RegisterPageController } from './registers/register-page.controller';
import { RegisterPdf } from './registers/register.pdf';
import { PageSessionGuard } from './session/page-session.guard';
import { WebSessionStore } from './session/web-session.store';
import { PageRenderer } from './shared/page-renderer';
import { SearchReader } from './search/search.reader';
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
  controllers: [AssetsController, SignInController, OidcSignInController, HomeController, AuthorityPageController, MandatePageController, RegisterPageController, DocumentListPageController, DocumentPageController, PublicRegisterController, PublicationsPageController, PublicationFormsController, NewMandateController, MandateActionsController, AuditPageController, ImportPageController],
  providers: [
    PageRenderer,
    FormWrites,
    SearchReader,
    MandateFormOptions,
    PageSessionGuard,
    PageExceptionFilter,
    { provide: UNMATCHED_PAGE, useClass: NotFoundPage },
    LocalSignIn,
    OidcSignIn,
    CompetenceCheck,
    CompetenceSuggestions,
    CompetenceStatementPdf,
    MandatePageReader,
    RegisterPdf,
    DocumentPageReader,
    AuditPageReader,
    onDataSource(WebSessionStore),
    onDataSource(WebAccountStore),
    onDataSource(LoginThrottle),
    onDataSource(ImportUploadStore),
  ],
})
export class WebModule {}
