{{%AUTOESCAPE context="HTML"}}<div class="quick-exit">
<a class="quick-exit__button" href="{{QUICK_EXIT_URL}}" rel="noreferrer" data-quick-exit aria-describedby="quick-exit-hint">{{T_QUICK_EXIT}}<span class="quick-exit__presses" aria-hidden="true"><span></span><span></span><span></span></span></a>
<span class="quick-exit__hint" id="quick-exit-hint">{{T_QUICK_EXIT_HINT}}</span>
<span class="visually-hidden" role="status" data-quick-exit-status data-press-two-more="{{T_QUICK_EXIT_PRESS_TWO_MORE}}" data-press-one-more="{{T_QUICK_EXIT_PRESS_ONE_MORE}}" data-timed-out="{{T_QUICK_EXIT_TIMED_OUT}}" data-leaving="{{T_QUICK_EXIT_LEAVING}}"></span>
</div>