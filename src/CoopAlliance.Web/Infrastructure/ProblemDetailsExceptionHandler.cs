using System.Text.Json;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Infrastructure;

/// <summary>
/// Maps the few typed exceptions of the application layer to application/problem+json. A validation failure
/// is a 400 with field errors, never a 500.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, IStringLocalizer<ProblemDetailsExceptionHandler> t) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // The handler runs outside the request's localization (the exception unwound past it): answer in the request's language.
        using var language = AppCulture.Use(http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name);
        ProblemDetails? details = exception switch
        {
            ValidationException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => JsonName(e.Key), e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = t["Some fields need attention."],
            },
            BadHttpRequestException b => BadRequest(b, t),
            NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = t["Not found"], Detail = n.Message },
            ForbiddenAccessException f => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = t["Forbidden"], Detail = f.Message },
            UnauthorizedAccessException u => new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = t["Sign in first"], Detail = u.Message },
            ConflictException c => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = t["Changed by someone else"], Detail = c.Message },
            DomainRuleException r => new ProblemDetails { Status = StatusCodes.Status422UnprocessableEntity, Title = t["The change was refused"], Detail = r.Message },
            _ => null,
        };
        if (details is null)
        {
            return false;
        }

        http.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    /// <summary>Field keys as the JSON spells them ("ContactEmail" becomes "contactEmail").</summary>
    private static string JsonName(string field) =>
        string.Join('.', field.Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part)));

    /// <summary>Unreadable JSON: name the field when the serializer says which one.</summary>
    private static ProblemDetails BadRequest(BadHttpRequestException b, IStringLocalizer t)
    {
        if (b.InnerException is JsonException { Path: { Length: > 2 } path })
        {
            var field = path.TrimStart('$', '.');
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [t["The value of {0} is not valid.", field]] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = t["Some fields need attention."],
            };
        }

        return new ProblemDetails { Status = b.StatusCode, Title = t["The request could not be read."], Detail = b.Message };
    }
}
