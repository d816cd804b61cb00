import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { type Observable, tap } from 'rxjs';
import { itemsOfAnswer, noteReadItems } from './read-answer';

/**
 * Counts the items of every API answer for the access log, from the value
 * the controller returns (before it is serialised): a list's length, one for
 * a record. Routes that send their own answer note it themselves.
 */
@Injectable()
export class AccessLogItemsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<object>();
    return next.handle().pipe(
      tap((value) => {
        const items = itemsOfAnswer(value);
        if (items !== undefined) noteReadItems(request, items);
      }),
    );
  }
}
