/**
 */
package io.ringside.model.trace.impl;

import io.ringside.model.trace.Queue;
import io.ringside.model.trace.TracePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Queue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.trace.impl.QueueImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.QueueImpl#getSize <em>Size</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.QueueImpl#getLayout <em>Layout</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.QueueImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.QueueImpl#getOutstanding <em>Outstanding</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.QueueImpl#getNotifications <em>Notifications</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.QueueImpl#getInterrupts <em>Interrupts</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.QueueImpl#getRequests <em>Requests</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class QueueImpl extends EObjectImpl implements Queue {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayout() <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected static final String LAYOUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLayout() <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected String layout = LAYOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutstanding() <em>Outstanding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutstanding()
	 * @generated
	 * @ordered
	 */
	protected static final int OUTSTANDING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOutstanding() <em>Outstanding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutstanding()
	 * @generated
	 * @ordered
	 */
	protected int outstanding = OUTSTANDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotifications() <em>Notifications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotifications()
	 * @generated
	 * @ordered
	 */
	protected static final long NOTIFICATIONS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getNotifications() <em>Notifications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotifications()
	 * @generated
	 * @ordered
	 */
	protected long notifications = NOTIFICATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterrupts() <em>Interrupts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterrupts()
	 * @generated
	 * @ordered
	 */
	protected static final long INTERRUPTS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInterrupts() <em>Interrupts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterrupts()
	 * @generated
	 * @ordered
	 */
	protected long interrupts = INTERRUPTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequests() <em>Requests</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequests()
	 * @generated
	 * @ordered
	 */
	protected static final long REQUESTS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRequests() <em>Requests</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequests()
	 * @generated
	 * @ordered
	 */
	protected long requests = REQUESTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QueueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TracePackage.Literals.QUEUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.QUEUE__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.QUEUE__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLayout() {
		return layout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayout(String newLayout) {
		String oldLayout = layout;
		layout = newLayout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.QUEUE__LAYOUT, oldLayout, layout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.QUEUE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOutstanding() {
		return outstanding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutstanding(int newOutstanding) {
		int oldOutstanding = outstanding;
		outstanding = newOutstanding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.QUEUE__OUTSTANDING, oldOutstanding, outstanding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNotifications() {
		return notifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotifications(long newNotifications) {
		long oldNotifications = notifications;
		notifications = newNotifications;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.QUEUE__NOTIFICATIONS, oldNotifications, notifications));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInterrupts() {
		return interrupts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterrupts(long newInterrupts) {
		long oldInterrupts = interrupts;
		interrupts = newInterrupts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.QUEUE__INTERRUPTS, oldInterrupts, interrupts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRequests() {
		return requests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequests(long newRequests) {
		long oldRequests = requests;
		requests = newRequests;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.QUEUE__REQUESTS, oldRequests, requests));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TracePackage.QUEUE__INDEX:
				return getIndex();
			case TracePackage.QUEUE__SIZE:
				return getSize();
			case TracePackage.QUEUE__LAYOUT:
				return getLayout();
			case TracePackage.QUEUE__LABEL:
				return getLabel();
			case TracePackage.QUEUE__OUTSTANDING:
				return getOutstanding();
			case TracePackage.QUEUE__NOTIFICATIONS:
				return getNotifications();
			case TracePackage.QUEUE__INTERRUPTS:
				return getInterrupts();
			case TracePackage.QUEUE__REQUESTS:
				return getRequests();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TracePackage.QUEUE__INDEX:
				setIndex((Integer)newValue);
				return;
			case TracePackage.QUEUE__SIZE:
				setSize((Integer)newValue);
				return;
			case TracePackage.QUEUE__LAYOUT:
				setLayout((String)newValue);
				return;
			case TracePackage.QUEUE__LABEL:
				setLabel((String)newValue);
				return;
			case TracePackage.QUEUE__OUTSTANDING:
				setOutstanding((Integer)newValue);
				return;
			case TracePackage.QUEUE__NOTIFICATIONS:
				setNotifications((Long)newValue);
				return;
			case TracePackage.QUEUE__INTERRUPTS:
				setInterrupts((Long)newValue);
				return;
			case TracePackage.QUEUE__REQUESTS:
				setRequests((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TracePackage.QUEUE__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case TracePackage.QUEUE__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case TracePackage.QUEUE__LAYOUT:
				setLayout(LAYOUT_EDEFAULT);
				return;
			case TracePackage.QUEUE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case TracePackage.QUEUE__OUTSTANDING:
				setOutstanding(OUTSTANDING_EDEFAULT);
				return;
			case TracePackage.QUEUE__NOTIFICATIONS:
				setNotifications(NOTIFICATIONS_EDEFAULT);
				return;
			case TracePackage.QUEUE__INTERRUPTS:
				setInterrupts(INTERRUPTS_EDEFAULT);
				return;
			case TracePackage.QUEUE__REQUESTS:
				setRequests(REQUESTS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TracePackage.QUEUE__INDEX:
				return index != INDEX_EDEFAULT;
			case TracePackage.QUEUE__SIZE:
				return size != SIZE_EDEFAULT;
			case TracePackage.QUEUE__LAYOUT:
				return LAYOUT_EDEFAULT == null ? layout != null : !LAYOUT_EDEFAULT.equals(layout);
			case TracePackage.QUEUE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case TracePackage.QUEUE__OUTSTANDING:
				return outstanding != OUTSTANDING_EDEFAULT;
			case TracePackage.QUEUE__NOTIFICATIONS:
				return notifications != NOTIFICATIONS_EDEFAULT;
			case TracePackage.QUEUE__INTERRUPTS:
				return interrupts != INTERRUPTS_EDEFAULT;
			case TracePackage.QUEUE__REQUESTS:
				return requests != REQUESTS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (index: ");
		result.append(index);
		result.append(", size: ");
		result.append(size);
		result.append(", layout: ");
		result.append(layout);
		result.append(", label: ");
		result.append(label);
		result.append(", outstanding: ");
		result.append(outstanding);
		result.append(", notifications: ");
		result.append(notifications);
		result.append(", interrupts: ");
		result.append(interrupts);
		result.append(", requests: ");
		result.append(requests);
		result.append(')');
		return result.toString();
	}

} //QueueImpl
