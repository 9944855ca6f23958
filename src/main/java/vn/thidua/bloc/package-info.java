/**
 * Emulation blocs (khối thi đua): the blocs of a parent unit per school year (CSV import, page, history), and each
 * bloc's year in a campaign: plan and pledge, quarterly meetings, interim review, evaluation, ranking and next year's
 * leader ({@code processes/bloc-year.bpmn}). Other modules use {@link vn.thidua.bloc.Blocs} and {@link vn.thidua.bloc.Bloc}.
 */
package vn.thidua.bloc;
