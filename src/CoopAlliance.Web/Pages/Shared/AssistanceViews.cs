using CoopAlliance.Application.Assistance;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoopAlliance.Web.Pages;

/// <summary>A request's files with the address that serves each (reps and staff each have their own page).</summary>
public sealed record AttachmentListModel(IReadOnlyList<AssistanceAttachmentDto> Files, Func<int, string> Url);

public static class ModelStateWords
{
    /// <summary>The errors recorded for a key, as one sentence, or null (for fields not bound with asp-for).</summary>
    public static string? ErrorFor(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
