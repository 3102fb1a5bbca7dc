using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Domain.Common;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Application.Common.Behaviours;

/// <summary>Logs what failed unexpectedly: the request's type only, never its payload (it may hold personal data).</summary>
public sealed class UnhandledExceptionBehaviour<TRequest, TResponse>(ILogger<TRequest> logger) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception ex) when (ex is not (ValidationException or NotFoundException or ForbiddenAccessException
                                       or ConflictException or DomainRuleException or OperationCanceledException))
        {
            logger.LogError(ex, "Request {Request} failed", typeof(TRequest).Name);
            throw;
        }
    }
}
