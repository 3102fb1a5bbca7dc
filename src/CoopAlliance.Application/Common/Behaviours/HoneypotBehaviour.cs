using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Application.Common.Behaviours;

/// <summary>
/// Drops a public submission whose honeypot is filled: the sender sees the usual success (the handler's default
/// answer), and nothing is validated, saved or emailed.
/// </summary>
public sealed class HoneypotBehaviour<TRequest, TResponse>(ILogger<TRequest> logger) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is IPublicSubmission { Fax: { } fax } && !string.IsNullOrWhiteSpace(fax))
        {
            logger.LogWarning("Dropped a {Request} with its honeypot filled (a bot, most likely)", typeof(TRequest).Name);
            return Task.FromResult(default(TResponse)!);
        }

        return next();
    }
}
