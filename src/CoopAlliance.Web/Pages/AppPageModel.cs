using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Domain.Common;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopAlliance.Web.Pages;

/// <summary>
/// What every page shares: sending a request and turning the application's errors into inline messages,
/// so a person's typing is never lost to a validation error.
/// </summary>
public abstract class AppPageModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator { get; } = mediator;

    protected void Flash(string message) => TempData["Flash"] = message;

    /// <summary>Sends a command; on a validation, rule or conflict error, records it in ModelState and returns false.</summary>
    protected Task<(bool Ok, T Result)> TrySendAsync<T>(IRequest<T> request, string prefix = "Input") =>
        TryAsync(() => Mediator.Send(request, HttpContext.RequestAborted), prefix);

    /// <summary>Like <see cref="TrySendAsync{T}"/>, for work that sends its request some other way (e.g. in the background).</summary>
    protected async Task<(bool Ok, T Result)> TryAsync<T>(Func<Task<T>> work, string prefix = "Input")
    {
        try
        {
            return (true, await work());
        }
        catch (ValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(string.IsNullOrEmpty(prefix) || string.IsNullOrEmpty(field) ? field : $"{prefix}.{field}", message);
                }
            }
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }
        catch (ConflictException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }
        catch (ForbiddenAccessException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }

        return (false, default!);
    }

    /// <summary>Sends a query; null when the record does not exist or is not the caller's (the page answers 404).</summary>
    protected async Task<T?> FindAsync<T>(IRequest<T> request) where T : class
    {
        try
        {
            return await Mediator.Send(request, HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}

/// <summary>Paging links that keep the rest of the query string.</summary>
public sealed record PagerModel(int Page, int PageCount, int Total, Func<int, string> Url);
