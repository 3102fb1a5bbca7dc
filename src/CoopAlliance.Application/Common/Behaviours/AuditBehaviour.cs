using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Application.Common.Behaviours;

/// <summary>
/// Names the command for the audit trail; the data layer records each changed entity with its old and
/// new field values under that name, in the same transaction. The changes are flushed here, while the name is
/// still set (the unit of work around this commits them). Logs who ran which command, never its payload.
/// </summary>
public sealed class AuditBehaviour<TRequest, TResponse>(AuditScope scope, IAppDbContext db, ICurrentUser user, ILogger<AuditScope> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        var outer = scope.Command;
        scope.Command ??= typeof(TRequest).Name;
        try
        {
            var response = await next();
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("{User} ran {Command}", user.Id?.ToString() ?? user.Name, typeof(TRequest).Name);
            return response;
        }
        finally
        {
            scope.Command = outer;
        }
    }
}

/// <summary>The command being run in this scope, for the audit trail.</summary>
public sealed class AuditScope
{
    public string? Command { get; set; }
}
